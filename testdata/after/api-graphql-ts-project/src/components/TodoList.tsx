import { useEffect, useState } from 'react';
import { TodoItem } from './TodoItem';
import type { Schema } from '../../amplify/data/resource';
import { generateClient } from 'aws-amplify/data';

const client = generateClient<Schema>();

type Todo = Schema['Todo']['type'];

// A component with hooks: the first page on mount, live updates while mounted (spec DATA-01, DATA-05, DATA-07, DATA-08).
export function TodoList({ owner }: { owner: string }) {
  const [todos, setTodos] = useState<Todo[]>([]);

  useEffect(() => {
    // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
    client.models.Todo.list().then((res) => {
      setTodos((res.data ?? []) as Todo[]);
    });
  }, []);

  useEffect(() => {
    // TODO(amplify-migrate): DATA-08 the subscription now emits the item itself (no { value: { data } } wrapper) and sends no owner variable: check the next callback
    const created = client.models.Todo.onCreate().subscribe({
      next: (value) => {
        const todo = value;
        if (todo) {
          setTodos((current) => [...current, todo]);
        }
      },
      error: (error) => console.warn(error),
    });
    // TODO(amplify-migrate): DATA-08 the subscription now emits the item itself (no { value: { data } } wrapper) and sends no owner variable: check the next callback
    const deleted = client.models.Todo.onDelete().subscribe({
      next(todo) {
        setTodos((current) => current.filter((t) => t.id !== todo?.id));
      },
    });
    return () => {
      created.unsubscribe();
      deleted.unsubscribe();
    };
  }, [owner]);

  async function add(name: string) {
    // TODO(amplify-migrate): DATA-05 create() resolves { data, errors } with the new item in data instead of data.createTodo, and does not throw on GraphQL errors
    const res = await client.models.Todo.create({ name, done: false });
    return res.data?.id;
  }

  async function remove(id: string) {
    // TODO(amplify-migrate): DATA-07 delete() resolves { data, errors } with the deleted item in data instead of data.deleteTodo, and does not throw on GraphQL errors
    await client.models.Todo.delete({ id });
  }

  return (
    <ul>
      {todos.map((todo) => (
        <TodoItem key={todo.id} todo={todo} onRemove={() => remove(todo.id)} />
      ))}
      <li>
        <button onClick={() => add('new')}>Add</button>
      </li>
    </ul>
  );
}
