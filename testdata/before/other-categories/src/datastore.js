import { DataStore, Predicates } from 'aws-amplify';
import { Todo } from './models';

export async function loadTodos(id) {
  const all = await DataStore.query(Todo);
  const one = await DataStore.query(Todo, id);
  const open = await DataStore.query(Todo, (c) => c.done.eq(false));
  const urgent = await DataStore.query(Todo, (c) => c.and((c) => [c.done.eq(false), c.priority.gt(2)]));
  const page = await DataStore.query(Todo, Predicates.ALL, { page: 0, limit: 20 });
  return { all, one, open, urgent, page };
}

export async function saveTodo(original, title) {
  await DataStore.save(new Todo({ title, done: false }));
  await DataStore.save(
    Todo.copyOf(original, (updated) => {
      updated.title = title;
    })
  );
  await DataStore.save(Todo.copyOf(original, (d) => { d.title = title; d.done = true; }));
}

export async function removeTodos(id, item) {
  const todo = await DataStore.query(Todo, id);
  await DataStore.delete(todo);
  await DataStore.delete(item);
  await DataStore.delete(Todo, (c) => c.done.eq(true));
}

export function watchTodos(id, onChange) {
  const all = DataStore.observe(Todo).subscribe((msg) => onChange(msg.element));
  const one = DataStore.observe(Todo, id).subscribe((msg) => onChange(msg.element));
  const open = DataStore.observeQuery(Todo, (c) => c.done.eq(false)).subscribe(({ items }) => onChange(items));
  return () => [all, one, open].forEach((s) => s.unsubscribe());
}

export async function signOutCleanup() {
  await DataStore.clear();
}
