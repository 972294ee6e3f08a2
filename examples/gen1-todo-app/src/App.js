import React, { useEffect, useState } from 'react';
import { API, graphqlOperation } from 'aws-amplify';
import { withAuthenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';

import { listTodos } from './graphql/queries';
import { createTodo } from './graphql/mutations';
import TodoList from './components/TodoList';

const emptyForm = { name: '', description: '' };

function App({ signOut, user }) {
  const [form, setForm] = useState(emptyForm);
  const [todos, setTodos] = useState([]);

  // Load the signed-in user's todos once, when the app mounts.
  useEffect(() => {
    async function fetchTodos() {
      try {
        const todoData = await API.graphql(graphqlOperation(listTodos));
        const todos = todoData.data.listTodos.items;
        setTodos(todos);
      } catch (err) {
        console.log('error fetching todos');
      }
    }
    fetchTodos();
  }, []);

  function updateField(field, value) {
    setForm((current) => ({ ...current, [field]: value }));
  }

  async function addTodo(event) {
    event.preventDefault();
    if (!form.name.trim()) return;
    const todo = { name: form.name.trim(), description: form.description.trim() };
    // Show the new todo straight away; the API call finishes in the background.
    setTodos((current) => [...current, todo]);
    setForm(emptyForm);
    try {
      await API.graphql(graphqlOperation(createTodo, { input: todo }));
    } catch (err) {
      console.log('error creating todo:', err);
    }
  }

  return (
    <div style={styles.container}>
      <header style={styles.header}>
        <h1>Todos</h1>
        <span>Signed in as {user.username}</span>
        <button style={styles.secondaryButton} onClick={signOut}>
          Sign out
        </button>
      </header>

      <form style={styles.form} onSubmit={addTodo}>
        <input
          style={styles.input}
          placeholder="Name"
          value={form.name}
          onChange={(e) => updateField('name', e.target.value)}
        />
        <input
          style={styles.input}
          placeholder="Description"
          value={form.description}
          onChange={(e) => updateField('description', e.target.value)}
        />
        <button style={styles.button} type="submit">
          Add todo
        </button>
      </form>

      <TodoList todos={todos} />
    </div>
  );
}

const styles = {
  container: { maxWidth: 480, margin: '0 auto', padding: 20, fontFamily: 'sans-serif' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12 },
  form: { display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 24 },
  input: { padding: 8, fontSize: 16, border: '1px solid #ccc', borderRadius: 4 },
  button: { padding: '10px 0', fontSize: 16, color: '#fff', background: '#232f3e', border: 'none', borderRadius: 4 },
  secondaryButton: { padding: '6px 12px', background: 'transparent', border: '1px solid #232f3e', borderRadius: 4 },
};

export default withAuthenticator(App);
