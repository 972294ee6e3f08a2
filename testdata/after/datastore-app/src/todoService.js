import { DataStore, Predicates, SortDirection } from 'aws-amplify';
import { Note, Todo } from './models';
import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// API and DataStore in one module: with --datastore=rewrite one data client serves both.
export async function loadNotes() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listNotes.items, and check errors (no throw)
  const res = await client.models.Note.list();
  return res.data;
}

// Reads whose result is the items (DS-01, DS-02, DS-03).
export async function allTodos() {
  // TODO(amplify-migrate): DS-01 DataStore is not in Gen 2; suggested: await client.models.Todo.list() (a page of items: follow nextToken for all)
  const todos = await DataStore.query(Todo);
  return todos;
}

export async function todoById(id) {
  // TODO(amplify-migrate): DS-02 DataStore is not in Gen 2; suggested: await client.models.Todo.get({ id }) (data is null, not undefined, when there is no such item)
  const todo = await DataStore.query(Todo, id);
  return todo;
}

export async function openTodos() {
  // TODO(amplify-migrate): DS-03 DataStore is not in Gen 2; suggested: await client.models.Todo.list({ filter: { done: { eq: false } } }) (a page of items: follow nextToken for all)
  const open = await DataStore.query(Todo, (c) => c.done.eq(false));
  return open;
}

export async function noteCount() {
  // TODO(amplify-migrate): DS-01 DataStore is not in Gen 2; suggested: await client.models.Note.list() (a page of items: follow nextToken for all)
  let notes = await DataStore.query(Note);
  notes = notes.filter((n) => n.title);
  return notes.length;
}

export async function titleOf(id) {
  // TODO(amplify-migrate): DS-02 DataStore is not in Gen 2; suggested: await client.models.Note.get({ id }) (data is null, not undefined, when there is no such item)
  return (await DataStore.query(Note, id))?.title;
}

export async function search(text) {
  // TODO(amplify-migrate): DS-03 DataStore is not in Gen 2; suggested: await client.models.Todo.list({ filter: { name: { contains: text } } }) (a page of items: follow nextToken for all)
  return await DataStore.query(Todo, (c) => c.name.contains(text));
}

// Saves (DS-05, DS-06).
export async function addNote(title) {
  // TODO(amplify-migrate): DS-05 DataStore is not in Gen 2; suggested: await client.models.Note.create({ title })
  const note = await DataStore.save(new Note({ title }));
  return note.id;
}

export async function addTodo(name) {
  // TODO(amplify-migrate): DS-05 DataStore is not in Gen 2; suggested: await client.models.Todo.create({ name, done: false })
  return await DataStore.save(new Todo({ name, done: false }));
}

export async function rename(todo, name) {
  // TODO(amplify-migrate): DS-06 DataStore is not in Gen 2; suggested: await client.models.Todo.update({ id: todo.id, name })
  const saved = await DataStore.save(Todo.copyOf(todo, (draft) => { draft.name = name; }));
  return saved;
}

export async function finish(todo) {
  // TODO(amplify-migrate): DS-06 DataStore is not in Gen 2; suggested: await client.models.Todo.update({ id: todo.id, done: true })
  return await DataStore.save(Todo.copyOf(todo, (d) => { d.done = true; }));
}

export function touch(todo) {
  // TODO(amplify-migrate): DS-06 DataStore is not in Gen 2; suggested: await client.models.Todo.update({ id: todo.id, priority: 1 })
  DataStore.save(Todo.copyOf(todo, (d) => { d.priority = 1; }));
}

// Deletes (DS-07).
export async function removeNote(id) {
  // TODO(amplify-migrate): DS-02 DataStore is not in Gen 2; suggested: await client.models.Note.get({ id }) (data is null, not undefined, when there is no such item)
  const note = await DataStore.query(Note, id);
  // TODO(amplify-migrate): DS-07 DataStore is not in Gen 2; suggested: await client.models.Note.delete({ id: note.id })
  await DataStore.delete(note);
}

// Not mechanical: each keeps its MANUAL marker in both modes.
export async function bump(todo) {
  // TODO(amplify-migrate): DS-06 DataStore is not in Gen 2; suggested: await client.models.Todo.update({ id: todo.id, … }) with the fields the copyOf callback sets
  await DataStore.save(Todo.copyOf(todo, (d) => { d.priority = d.priority + 1; }));
}

export async function reopen(todo) {
  // TODO(amplify-migrate): DS-06 DataStore is not in Gen 2; suggested: await client.models.Todo.update({ id: todo.id, … }) with the fields the copyOf callback sets
  await DataStore.save(Todo.copyOf(todo, (d) => { d.done = false; d.priority = 0; }));
}

export async function removeItem(item) {
  // TODO(amplify-migrate): DS-07 DataStore is not in Gen 2; suggested: await client.models.<Model>.delete({ id: item.id }) with the model of the item
  await DataStore.delete(item);
}

export async function removeDone() {
  // TODO(amplify-migrate): DS-07 DataStore is not in Gen 2; suggested: for (const { id } of (await client.models.Todo.list({ filter })).data) await client.models.Todo.delete({ id }), with the predicate written as a filter object
  await DataStore.delete(Todo, (c) => c.done.eq(true));
}

export async function firstPage() {
  // TODO(amplify-migrate): DS-04 DataStore is not in Gen 2; suggested: await client.models.Todo.list({ filter, limit, nextToken }); list has no sort and no page numbers: sort on the client or query a secondary index with sortDirection
  return DataStore.query(Todo, Predicates.ALL, { sort: (s) => s.priority(SortDirection.DESCENDING), page: 0, limit: 20 });
}

export async function urgent() {
  // TODO(amplify-migrate): DS-03 DataStore is not in Gen 2; suggested: await client.models.Todo.list({ filter: { field: { eq: value }, and: [ … ] } }) with the predicate written as a filter object
  return await DataStore.query(Todo, (c) => c.and((c) => [c.done.eq(false), c.priority.gt(2)]));
}

export function todosLater() {
  // TODO(amplify-migrate): DS-01 DataStore is not in Gen 2; suggested: await client.models.Todo.list() (a page of items: follow nextToken for all)
  return DataStore.query(Todo).then((todos) => todos.map((t) => t.name));
}

export function watch(onChange) {
  // TODO(amplify-migrate): DS-08 DataStore is not in Gen 2; suggested: client.models.Todo.onCreate().subscribe(…), and onUpdate() and onDelete() for the other opTypes (one subscription each)
  return DataStore.observe(Todo).subscribe(() => onChange());
}

export function watchOpen(onChange) {
  // TODO(amplify-migrate): DS-09 DataStore is not in Gen 2; suggested: client.models.Todo.observeQuery({ filter: { done: { eq: false } } }).subscribe(({ items, isSynced }) => …)
  return DataStore.observeQuery(Todo, (c) => c.done.eq(false)).subscribe(({ items }) => onChange(items));
}

export async function reset() {
  // TODO(amplify-migrate): DS-10 DataStore is not in Gen 2: there is no local store to clear; delete the call once the data client replaces DataStore
  await DataStore.clear();
}
