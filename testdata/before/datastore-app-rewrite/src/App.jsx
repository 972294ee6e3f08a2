import { useEffect, useState } from 'react';
import { DataStore } from 'aws-amplify';
import { Todo } from './models';

// A DataStore to-do list: a live query, create, toggle and delete (spec DS-05, DS-06, DS-07, DS-09).
export default function App() {
  const [todos, setTodos] = useState([]);
  const [name, setName] = useState('');

  useEffect(() => {
    const subscription = DataStore.observeQuery(Todo).subscribe(({ items }) => setTodos(items));
    return () => subscription.unsubscribe();
  }, []);

  async function addTodo(event) {
    event.preventDefault();
    await DataStore.save(new Todo({ name, done: false }));
    setName('');
  }

  async function toggle(todo) {
    await DataStore.save(
      Todo.copyOf(todo, (updated) => {
        updated.done = !todo.done;
      })
    );
  }

  async function remove(id) {
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
