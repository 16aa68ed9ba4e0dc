import { Migration } from '@mikro-orm/migrations';

/** The initial schema: units, people, documents, events, plans, tasks and their history, indicators, citations. */
export class Migration20261123000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `indicator` (`id` integer not null primary key autoincrement, `ambiguity` text null, `code` text not null, `name` text not null, `name_en` text not null, `unit_of_measure` text not null)',
    );
    this.addSql(
      'create unique index `indicator_code_unique` on `indicator` (`code`)',
    );
    this.addSql(
      'create table `indicator_value` (`id` integer not null primary key autoincrement, `ambiguity` text null, `indicator_id` integer not null, `date` date not null, `known_on` date not null, `value` double not null, `numerator` double null, `denominator` double null, `kind` text not null, constraint `indicator_value_indicator_id_foreign` foreign key(`indicator_id`) references `indicator`(`id`) on delete cascade on update cascade)',
    );
    this.addSql(
      'create index `indicator_value_indicator_id_index` on `indicator_value` (`indicator_id`)',
    );
    this.addSql(
      'create table `unit` (`id` integer not null primary key autoincrement, `ambiguity` text null, `code` text not null, `name` text not null, `name_en` text not null, `kind` text not null, `parent_id` integer null, constraint `unit_parent_id_foreign` foreign key(`parent_id`) references `unit`(`id`) on delete set null on update cascade)',
    );
    this.addSql(
      'create unique index `unit_code_unique` on `unit` (`code`)',
    );
    this.addSql(
      'create index `unit_parent_id_index` on `unit` (`parent_id`)',
    );
    this.addSql(
      'create table `person` (`id` integer not null primary key autoincrement, `ambiguity` text null, `key` text not null, `name` text null, `title` text not null, `title_en` text not null, `unit_id` integer null, constraint `person_unit_id_foreign` foreign key(`unit_id`) references `unit`(`id`) on delete set null on update cascade)',
    );
    this.addSql(
      'create unique index `person_key_unique` on `person` (`key`)',
    );
    this.addSql(
      'create index `person_unit_id_index` on `person` (`unit_id`)',
    );
    this.addSql(
      'create table `event` (`id` integer not null primary key autoincrement, `ambiguity` text null, `key` text not null, `date` date not null, `kind` text not null, `title` text not null, `title_en` text not null, `chair_id` integer null, `places` json not null, `conclusion` text null, constraint `event_chair_id_foreign` foreign key(`chair_id`) references `person`(`id`) on delete set null on update cascade)',
    );
    this.addSql(
      'create unique index `event_key_unique` on `event` (`key`)',
    );
    this.addSql(
      'create index `event_chair_id_index` on `event` (`chair_id`)',
    );
    this.addSql(
      'create table `event_participants` (`event_id` integer not null, `unit_id` integer not null, constraint `event_participants_event_id_foreign` foreign key(`event_id`) references `event`(`id`) on delete cascade on update cascade, constraint `event_participants_unit_id_foreign` foreign key(`unit_id`) references `unit`(`id`) on delete cascade on update cascade, primary key (`event_id`, `unit_id`))',
    );
    this.addSql(
      'create index `event_participants_event_id_index` on `event_participants` (`event_id`)',
    );
    this.addSql(
      'create index `event_participants_unit_id_index` on `event_participants` (`unit_id`)',
    );
    this.addSql(
      'create table `document` (`id` integer not null primary key autoincrement, `ambiguity` text null, `number` text not null, `kind` text not null, `issuer_id` integer null, `issued_on` date null, `title` text not null, `title_en` text not null, constraint `document_issuer_id_foreign` foreign key(`issuer_id`) references `unit`(`id`) on delete set null on update cascade)',
    );
    this.addSql(
      'create unique index `document_number_unique` on `document` (`number`)',
    );
    this.addSql(
      'create index `document_issuer_id_index` on `document` (`issuer_id`)',
    );
    this.addSql(
      'create table `plan` (`id` integer not null primary key autoincrement, `ambiguity` text null, `key` text not null, `title` text not null, `title_en` text not null, `period_start` date null, `period_end` date null, `document_id` integer null, constraint `plan_document_id_foreign` foreign key(`document_id`) references `document`(`id`) on delete set null on update cascade)',
    );
    this.addSql(
      'create unique index `plan_key_unique` on `plan` (`key`)',
    );
    this.addSql(
      'create index `plan_document_id_index` on `plan` (`document_id`)',
    );
    this.addSql(
      'create table `task` (`id` integer not null primary key autoincrement, `ambiguity` text null, `key` text null, `title` text not null, `title_en` text null, `description` text null, `kind` text not null default \'TASK\', `plan_id` integer null, `parent_id` integer null, `lead_unit_id` integer null, `assigned_by_document_id` integer null, `assigned_by_event_id` integer null, `assigned_on` date not null, `start` date null, `start_known` text not null default \'UNKNOWN\', `start_basis` text null, `due` date null, `due_known` text not null default \'UNKNOWN\', `due_basis` text null, `completed_on` date null, `progress` integer null, `version` integer not null default 1, `search_text` text not null default \'\', `deleted_at` datetime null, `updated_at` datetime null, constraint `task_plan_id_foreign` foreign key(`plan_id`) references `plan`(`id`) on delete set null on update cascade, constraint `task_parent_id_foreign` foreign key(`parent_id`) references `task`(`id`) on delete set null on update cascade, constraint `task_lead_unit_id_foreign` foreign key(`lead_unit_id`) references `unit`(`id`) on delete set null on update cascade, constraint `task_assigned_by_document_id_foreign` foreign key(`assigned_by_document_id`) references `document`(`id`) on delete set null on update cascade, constraint `task_assigned_by_event_id_foreign` foreign key(`assigned_by_event_id`) references `event`(`id`) on delete set null on update cascade)',
    );
    this.addSql(
      'create unique index `task_key_unique` on `task` (`key`)',
    );
    this.addSql(
      'create index `task_plan_id_index` on `task` (`plan_id`)',
    );
    this.addSql(
      'create index `task_parent_id_index` on `task` (`parent_id`)',
    );
    this.addSql(
      'create index `task_lead_unit_id_index` on `task` (`lead_unit_id`)',
    );
    this.addSql(
      'create index `task_assigned_by_document_id_index` on `task` (`assigned_by_document_id`)',
    );
    this.addSql(
      'create index `task_assigned_by_event_id_index` on `task` (`assigned_by_event_id`)',
    );
    this.addSql(
      'create index `task_assigned_on_index` on `task` (`assigned_on`)',
    );
    this.addSql(
      'create table `task_dependency` (`id` integer not null primary key autoincrement, `task_id` integer not null, `depends_on_id` integer not null, `type` text not null default \'FINISH_TO_START\', `lag_days` integer not null default 0, constraint `task_dependency_task_id_foreign` foreign key(`task_id`) references `task`(`id`) on delete cascade on update cascade, constraint `task_dependency_depends_on_id_foreign` foreign key(`depends_on_id`) references `task`(`id`) on delete cascade on update cascade)',
    );
    this.addSql(
      'create index `task_dependency_task_id_index` on `task_dependency` (`task_id`)',
    );
    this.addSql(
      'create index `task_dependency_depends_on_id_index` on `task_dependency` (`depends_on_id`)',
    );
    this.addSql(
      'create unique index `task_dependency_task_id_depends_on_id_unique` on `task_dependency` (`task_id`, `depends_on_id`)',
    );
    this.addSql(
      'create table `task_change` (`id` integer not null primary key autoincrement, `task_id` integer not null, `action` text not null, `effective_on` date not null, `changed_at` datetime not null, `before` json null, `after` json not null, constraint `task_change_task_id_foreign` foreign key(`task_id`) references `task`(`id`) on delete cascade on update cascade)',
    );
    this.addSql(
      'create index `task_change_task_id_index` on `task_change` (`task_id`)',
    );
    this.addSql(
      'create index `task_change_task_id_effective_on_index` on `task_change` (`task_id`, `effective_on`)',
    );
    this.addSql(
      'create table `task_support_units` (`task_id` integer not null, `unit_id` integer not null, constraint `task_support_units_task_id_foreign` foreign key(`task_id`) references `task`(`id`) on delete cascade on update cascade, constraint `task_support_units_unit_id_foreign` foreign key(`unit_id`) references `unit`(`id`) on delete cascade on update cascade, primary key (`task_id`, `unit_id`))',
    );
    this.addSql(
      'create index `task_support_units_task_id_index` on `task_support_units` (`task_id`)',
    );
    this.addSql(
      'create index `task_support_units_unit_id_index` on `task_support_units` (`unit_id`)',
    );
    this.addSql(
      'create table `status_observation` (`id` integer not null primary key autoincrement, `ambiguity` text null, `task_id` integer not null, `observed_on` date not null, `status` text not null, `progress` integer null, `note` text not null, `note_en` text null, `event_id` integer null, `document_id` integer null, `reported_by_id` integer null, `submitted_on` date null, `report_year` integer null, `report_quarter` integer null, constraint `status_observation_task_id_foreign` foreign key(`task_id`) references `task`(`id`) on delete cascade on update cascade, constraint `status_observation_event_id_foreign` foreign key(`event_id`) references `event`(`id`) on delete set null on update cascade, constraint `status_observation_document_id_foreign` foreign key(`document_id`) references `document`(`id`) on delete set null on update cascade, constraint `status_observation_reported_by_id_foreign` foreign key(`reported_by_id`) references `unit`(`id`) on delete set null on update cascade)',
    );
    this.addSql(
      'create index `status_observation_task_id_index` on `status_observation` (`task_id`)',
    );
    this.addSql(
      'create index `status_observation_event_id_index` on `status_observation` (`event_id`)',
    );
    this.addSql(
      'create index `status_observation_document_id_index` on `status_observation` (`document_id`)',
    );
    this.addSql(
      'create index `status_observation_reported_by_id_index` on `status_observation` (`reported_by_id`)',
    );
    this.addSql(
      'create index `status_observation_task_id_observed_on_index` on `status_observation` (`task_id`, `observed_on`)',
    );
    this.addSql(
      'create table `reporting_rule` (`id` integer not null primary key autoincrement, `ambiguity` text null, `plan_id` integer not null, `recipient_id` integer not null, `due_day` integer not null, constraint `reporting_rule_plan_id_foreign` foreign key(`plan_id`) references `plan`(`id`) on update cascade, constraint `reporting_rule_recipient_id_foreign` foreign key(`recipient_id`) references `unit`(`id`) on update cascade)',
    );
    this.addSql(
      'create index `reporting_rule_plan_id_index` on `reporting_rule` (`plan_id`)',
    );
    this.addSql(
      'create index `reporting_rule_recipient_id_index` on `reporting_rule` (`recipient_id`)',
    );
    this.addSql(
      'create table `plan_basis` (`plan_id` integer not null, `document_id` integer not null, constraint `plan_basis_plan_id_foreign` foreign key(`plan_id`) references `plan`(`id`) on delete cascade on update cascade, constraint `plan_basis_document_id_foreign` foreign key(`document_id`) references `document`(`id`) on delete cascade on update cascade, primary key (`plan_id`, `document_id`))',
    );
    this.addSql(
      'create index `plan_basis_plan_id_index` on `plan_basis` (`plan_id`)',
    );
    this.addSql(
      'create index `plan_basis_document_id_index` on `plan_basis` (`document_id`)',
    );
    this.addSql(
      'create table `document_implements` (`document_id` integer not null, `implemented_id` integer not null, constraint `document_implements_document_id_foreign` foreign key(`document_id`) references `document`(`id`) on delete cascade on update cascade, constraint `document_implements_implemented_id_foreign` foreign key(`implemented_id`) references `document`(`id`) on delete cascade on update cascade, primary key (`document_id`, `implemented_id`))',
    );
    this.addSql(
      'create index `document_implements_document_id_index` on `document_implements` (`document_id`)',
    );
    this.addSql(
      'create index `document_implements_implemented_id_index` on `document_implements` (`implemented_id`)',
    );
    this.addSql(
      'create table `document_cites` (`document_id` integer not null, `cited_id` integer not null, constraint `document_cites_document_id_foreign` foreign key(`document_id`) references `document`(`id`) on delete cascade on update cascade, constraint `document_cites_cited_id_foreign` foreign key(`cited_id`) references `document`(`id`) on delete cascade on update cascade, primary key (`document_id`, `cited_id`))',
    );
    this.addSql(
      'create index `document_cites_document_id_index` on `document_cites` (`document_id`)',
    );
    this.addSql(
      'create index `document_cites_cited_id_index` on `document_cites` (`cited_id`)',
    );
    this.addSql(
      'create table `citation` (`id` integer not null primary key autoincrement, `source_file` text null, `url` text null, `quote` text not null, `external` integer not null default false, `confidence` text null, `unit_id` integer null, `person_id` integer null, `document_id` integer null, `event_id` integer null, `plan_id` integer null, `task_id` integer null, `observation_id` integer null, `indicator_id` integer null, `indicator_value_id` integer null, `reporting_rule_id` integer null, constraint `citation_unit_id_foreign` foreign key(`unit_id`) references `unit`(`id`) on delete cascade on update cascade, constraint `citation_person_id_foreign` foreign key(`person_id`) references `person`(`id`) on delete cascade on update cascade, constraint `citation_document_id_foreign` foreign key(`document_id`) references `document`(`id`) on delete cascade on update cascade, constraint `citation_event_id_foreign` foreign key(`event_id`) references `event`(`id`) on delete cascade on update cascade, constraint `citation_plan_id_foreign` foreign key(`plan_id`) references `plan`(`id`) on delete cascade on update cascade, constraint `citation_task_id_foreign` foreign key(`task_id`) references `task`(`id`) on delete cascade on update cascade, constraint `citation_observation_id_foreign` foreign key(`observation_id`) references `status_observation`(`id`) on delete cascade on update cascade, constraint `citation_indicator_id_foreign` foreign key(`indicator_id`) references `indicator`(`id`) on delete cascade on update cascade, constraint `citation_indicator_value_id_foreign` foreign key(`indicator_value_id`) references `indicator_value`(`id`) on delete cascade on update cascade, constraint `citation_reporting_rule_id_foreign` foreign key(`reporting_rule_id`) references `reporting_rule`(`id`) on delete cascade on update cascade)',
    );
    this.addSql(
      'create index `citation_unit_id_index` on `citation` (`unit_id`)',
    );
    this.addSql(
      'create index `citation_person_id_index` on `citation` (`person_id`)',
    );
    this.addSql(
      'create index `citation_document_id_index` on `citation` (`document_id`)',
    );
    this.addSql(
      'create index `citation_event_id_index` on `citation` (`event_id`)',
    );
    this.addSql(
      'create index `citation_plan_id_index` on `citation` (`plan_id`)',
    );
    this.addSql(
      'create index `citation_task_id_index` on `citation` (`task_id`)',
    );
    this.addSql(
      'create index `citation_observation_id_index` on `citation` (`observation_id`)',
    );
    this.addSql(
      'create index `citation_indicator_id_index` on `citation` (`indicator_id`)',
    );
    this.addSql(
      'create index `citation_indicator_value_id_index` on `citation` (`indicator_value_id`)',
    );
    this.addSql(
      'create index `citation_reporting_rule_id_index` on `citation` (`reporting_rule_id`)',
    );
  }
}
