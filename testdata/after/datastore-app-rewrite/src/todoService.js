import { DataStore, Predicates, SortDirection } from 'aws-amplify';
import { Todo } from './models';
import { generateClient } from 'aws-amplify/data';

// TODO(amplify-migrate): DS-10 DataStore is gone: the client.models calls below go to the network each time (no offline store, no local cache, no sync or conflict resolution); check loading, offline and error handling in this file
const client = generateClient();

// API and DataStore in one module: with --datastore=rewrite one data client serves both.
export async function loadNotes() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listNotes.items, and check errors (no throw)
  const res = await client.models.Note.list();
  return res.data;
}

// Reads whose result is the items (DS-01, DS-02, DS-03).
export async function allTodos() {
  // TODO(amplify-migrate): DS-01 list() resolves { data, errors, nextToken }: data is one page of items (follow nextToken for all), items are plain objects, and errors come back in errors instead of throwing
  const { data: todos } = await client.models.Todo.list();
  return todos;
}

export async function todoById(id) {
  // TODO(amplify-migrate): DS-02 get() resolves { data, errors }: data is null, not undefined, when there is no such item, and errors come back in errors instead of throwing
  const { data: todo } = await client.models.Todo.get({ id });
  return todo;
}

export async function openTodos() {
  // TODO(amplify-migrate): DS-03 the predicate is now a filter; list() resolves { data, errors, nextToken }: data is one page of items (follow nextToken for all), items are plain objects, and errors come back in errors instead of throwing
  const { data: open } = await client.models.Todo.list({ filter: { done: { eq: false } } });
  return open;
}

export async function noteCount() {
  // TODO(amplify-migrate): DS-01 list() resolves { data, errors, nextToken }: data is one page of items (follow nextToken for all), items are plain objects, and errors come back in errors instead of throwing
  let notes = (await client.models.Note.list()).data;
  notes = notes.filter((n) => n.title);
  return notes.length;
}

export async function titleOf(id) {
  // TODO(amplify-migrate): DS-02 get() resolves { data, errors }: data is null, not undefined, when there is no such item, and errors come back in errors instead of throwing
  return (await client.models.Note.get({ id })).data?.title;
}

export async function search(text) {
  // TODO(amplify-migrate): DS-03 the predicate is now a filter; list() resolves { data, errors, nextToken }: data is one page of items (follow nextToken for all), items are plain objects, and errors come back in errors instead of throwing
  return (await client.models.Todo.list({ filter: { name: { contains: text } } })).data;
}

// Saves (DS-05, DS-06).
export async function addNote(title) {
  // TODO(amplify-migrate): DS-05 create() resolves { data, errors }: data is the new item as a plain object, and errors come back in errors instead of throwing
  const { data: note } = await client.models.Note.create({ title });
  return note.id;
}

export async function addTodo(name) {
  // TODO(amplify-migrate): DS-05 create() resolves { data, errors }: data is the new item as a plain object, and errors come back in errors instead of throwing
  return (await client.models.Todo.create({ name, done: false })).data;
}

export async function rename(todo, name) {
  // TODO(amplify-migrate): DS-06 update() sends the id and the changed field only (a model with a custom primary key needs its key fields); it resolves { data, errors } and errors come back in errors instead of throwing
  const { data: saved } = await client.models.Todo.update({ id: todo.id, name });
  return saved;
}

export async function finish(todo) {
  // TODO(amplify-migrate): DS-06 update() sends the id and the changed field only (a model with a custom primary key needs its key fields); it resolves { data, errors } and errors come back in errors instead of throwing
  return (await client.models.Todo.update({ id: todo.id, done: true })).data;
}

export function touch(todo) {
  // TODO(amplify-migrate): DS-06 update() sends the id and the changed field only (a model with a custom primary key needs its key fields); it resolves { data, errors } and errors come back in errors instead of throwing
  client.models.Todo.update({ id: todo.id, priority: 1 });
}

// Deletes (DS-07).
export async function removeNote(id) {
  // TODO(amplify-migrate): DS-02 get() resolves { data, errors }: data is null, not undefined, when there is no such item, and errors come back in errors instead of throwing
  const { data: note } = await client.models.Note.get({ id });
  // TODO(amplify-migrate): DS-07 delete() resolves { data, errors }: errors come back in errors instead of throwing
  await client.models.Note.delete({ id: note.id });
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
