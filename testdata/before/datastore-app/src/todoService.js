import { API, DataStore, Predicates, SortDirection, graphqlOperation } from 'aws-amplify';
import { Note, Todo } from './models';
import { listNotes } from './graphql/queries';

// API and DataStore in one module: with --datastore=rewrite one data client serves both.
export async function loadNotes() {
  const res = await API.graphql(graphqlOperation(listNotes));
  return res.data.listNotes.items;
}

// Reads whose result is the items (DS-01, DS-02, DS-03).
export async function allTodos() {
  const todos = await DataStore.query(Todo);
  return todos;
}

export async function todoById(id) {
  const todo = await DataStore.query(Todo, id);
  return todo;
}

export async function openTodos() {
  const open = await DataStore.query(Todo, (c) => c.done.eq(false));
  return open;
}

export async function noteCount() {
  let notes = await DataStore.query(Note);
  notes = notes.filter((n) => n.title);
  return notes.length;
}

export async function titleOf(id) {
  return (await DataStore.query(Note, id))?.title;
}

export async function search(text) {
  return await DataStore.query(Todo, (c) => c.name.contains(text));
}

// Saves (DS-05, DS-06).
export async function addNote(title) {
  const note = await DataStore.save(new Note({ title }));
  return note.id;
}

export async function addTodo(name) {
  return await DataStore.save(new Todo({ name, done: false }));
}

export async function rename(todo, name) {
  const saved = await DataStore.save(Todo.copyOf(todo, (draft) => { draft.name = name; }));
  return saved;
}

export async function finish(todo) {
  return await DataStore.save(Todo.copyOf(todo, (d) => { d.done = true; }));
}

export function touch(todo) {
  DataStore.save(Todo.copyOf(todo, (d) => { d.priority = 1; }));
}

// Deletes (DS-07).
export async function removeNote(id) {
  const note = await DataStore.query(Note, id);
  await DataStore.delete(note);
}

// Not mechanical: each keeps its MANUAL marker in both modes.
export async function bump(todo) {
  await DataStore.save(Todo.copyOf(todo, (d) => { d.priority = d.priority + 1; }));
}

export async function reopen(todo) {
  await DataStore.save(Todo.copyOf(todo, (d) => { d.done = false; d.priority = 0; }));
}

export async function removeItem(item) {
  await DataStore.delete(item);
}

export async function removeDone() {
  await DataStore.delete(Todo, (c) => c.done.eq(true));
}

export async function firstPage() {
  return DataStore.query(Todo, Predicates.ALL, { sort: (s) => s.priority(SortDirection.DESCENDING), page: 0, limit: 20 });
}

export async function urgent() {
  return await DataStore.query(Todo, (c) => c.and((c) => [c.done.eq(false), c.priority.gt(2)]));
}

export function todosLater() {
  return DataStore.query(Todo).then((todos) => todos.map((t) => t.name));
}

export function watch(onChange) {
  return DataStore.observe(Todo).subscribe(() => onChange());
}

export function watchOpen(onChange) {
  return DataStore.observeQuery(Todo, (c) => c.done.eq(false)).subscribe(({ items }) => onChange(items));
}

export async function reset() {
  await DataStore.clear();
}
