import { useEffect, useState } from 'react';
import { DataStore } from 'aws-amplify';
import { Todo } from './models';

// A DataStore to-do list: a live query, create, toggle and delete (spec DS-05, DS-06, DS-07, DS-09).
export default function App() {
  const [todos, setTodos] = useState([]);
  const [name, setName] = useState('');

  useEffect(() => {
    // TODO(amplify-migrate): DS-09 DataStore is not in Gen 2; suggested: client.models.Todo.observeQuery().subscribe(({ items, isSynced }) => …)
    const subscription = DataStore.observeQuery(Todo).subscribe(({ items }) => setTodos(items));
    return () => subscription.unsubscribe();
  }, []);

  async function addTodo(event) {
    event.preventDefault();
    // TODO(amplify-migrate): DS-05 DataStore is not in Gen 2; suggested: await client.models.Todo.create({ name, done: false })
    await DataStore.save(new Todo({ name, done: false }));
    setName('');
  }

  async function toggle(todo) {
    // TODO(amplify-migrate): DS-06 DataStore is not in Gen 2; suggested: await client.models.Todo.update({ id: todo.id, done: !todo.done })
    await DataStore.save(
      Todo.copyOf(todo, (updated) => {
        updated.done = !todo.done;
      })
    );
  }

  async function remove(id) {
    // TODO(amplify-migrate): DS-07 DataStore is not in Gen 2; suggested: await client.models.Todo.delete({ id })
    await DataStore.delete(Todo, id);
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
