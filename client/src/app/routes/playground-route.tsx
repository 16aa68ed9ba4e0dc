import { useEffect } from 'react';
import { Playground } from '../../features/playground/index.js';

/** `/graphql` in a browser: the playground, loaded on its own (it is large). */
export default function PlaygroundRoute() {
  useEffect(() => {
    document.title = 'GraphQL — Lộ trình';
  }, []);
  return <Playground />;
}
