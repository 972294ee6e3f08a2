import React from 'react';

// Purely presentational: renders whatever todos it is given.
function TodoList({ todos }) {
  if (todos.length === 0) {
    return <p style={styles.empty}>Nothing to do yet. Add your first todo above.</p>;
  }

  return (
    <ul style={styles.list}>
      {todos.map((todo, index) => (
        <li key={todo.id || `pending-${index}`} style={styles.item}>
          <p style={styles.name}>{todo.name}</p>
          {todo.description && <p style={styles.description}>{todo.description}</p>}
        </li>
      ))}
    </ul>
  );
}

const styles = {
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: { padding: '12px 0', borderBottom: '1px solid #eee' },
  name: { margin: 0, fontSize: 18, fontWeight: 'bold' },
  description: { margin: '4px 0 0', color: '#555' },
  empty: { color: '#777', fontStyle: 'italic' },
};

export default TodoList;
