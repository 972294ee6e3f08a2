import { useEffect, useState } from 'react';
import { generateClient } from 'aws-amplify/data';

// TODO(amplify-migrate): DS-10 DataStore is gone: the client.models calls below go to the network each time (no offline store, no local cache, no sync or conflict resolution); check loading, offline and error handling in this file
const client = generateClient();

// A DataStore to-do list: a live query, create, toggle and delete (spec DS-05, DS-06, DS-07, DS-09).
export default function App() {
  const [todos, setTodos] = useState([]);
  const [name, setName] = useState('');

  useEffect(() => {
    // TODO(amplify-migrate): DS-09 observeQuery() emits { items, isSynced } as before, but from the network: items are plain objects and arrive after the first list completes
    const subscription = client.models.Todo.observeQuery().subscribe(({ items }) => setTodos(items));
    return () => subscription.unsubscribe();
  }, []);

  async function addTodo(event) {
    event.preventDefault();
    // TODO(amplify-migrate): DS-05 create() resolves { data, errors }: data is the new item as a plain object, and errors come back in errors instead of throwing
    await client.models.Todo.create({ name, done: false });
    setName('');
  }

  async function toggle(todo) {
    // TODO(amplify-migrate): DS-06 update() sends the id and the changed field only (a model with a custom primary key needs its key fields); it resolves { data, errors } and errors come back in errors instead of throwing
    await client.models.Todo.update({ id: todo.id, done: !todo.done });
  }

  async function remove(id) {
    // TODO(amplify-migrate): DS-07 delete() resolves { data, errors }: errors come back in errors instead of throwing
    await client.models.Todo.delete({ id });
  }

  return (
    <main>
      <form onSubmit={addTodo}>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="New to-do" />
        <button type="submit">Add</button>
      </form>
      <ul>
        {todos.map((todo) => (
          <li key={todo.id}>
            <input type="checkbox" checked={!!todo.done} onChange={() => toggle(todo)} />
            {todo.name}
            <button onClick={() => remove(todo.id)}>Delete</button>
          </li>
        ))}
      </ul>
    </main>
  );
}
