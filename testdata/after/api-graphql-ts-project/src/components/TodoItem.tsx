import type { Schema } from '../../amplify/data/resource';

type Todo = Schema['Todo']['type'];

// Only a model type: it becomes the Gen 2 Schema's type, so the items the model client returns fit (spec §8.1).
export function TodoItem({ todo, onRemove }: { todo: Todo; onRemove: () => void }) {
  return (
    <li>
      {todo.done ? <s>{todo.name}</s> : todo.name}
      <button onClick={onRemove}>Remove</button>
    </li>
  );
}
