import { DataStore, Predicates } from 'aws-amplify';
import { Todo } from './models';

export async function loadTodos(id) {
  // TODO(amplify-migrate): DS-01 DataStore is not in Gen 2; suggested: await client.models.Todo.list() (a page of items: follow nextToken for all)
  const all = await DataStore.query(Todo);
  // TODO(amplify-migrate): DS-02 DataStore is not in Gen 2; suggested: await client.models.Todo.get({ id }) (data is null, not undefined, when there is no such item)
  const one = await DataStore.query(Todo, id);
  // TODO(amplify-migrate): DS-03 DataStore is not in Gen 2; suggested: await client.models.Todo.list({ filter: { done: { eq: false } } }) (a page of items: follow nextToken for all)
  const open = await DataStore.query(Todo, (c) => c.done.eq(false));
  // TODO(amplify-migrate): DS-03 DataStore is not in Gen 2; suggested: await client.models.Todo.list({ filter: { field: { eq: value }, and: [ … ] } }) with the predicate written as a filter object
  const urgent = await DataStore.query(Todo, (c) => c.and((c) => [c.done.eq(false), c.priority.gt(2)]));
  // TODO(amplify-migrate): DS-04 DataStore is not in Gen 2; suggested: await client.models.Todo.list({ filter, limit, nextToken }); list has no sort and no page numbers: sort on the client or query a secondary index with sortDirection
  const page = await DataStore.query(Todo, Predicates.ALL, { page: 0, limit: 20 });
  return { all, one, open, urgent, page };
}

export async function saveTodo(original, title) {
  // TODO(amplify-migrate): DS-05 DataStore is not in Gen 2; suggested: await client.models.Todo.create({ title, done: false })
  await DataStore.save(new Todo({ title, done: false }));
  // TODO(amplify-migrate): DS-06 DataStore is not in Gen 2; suggested: await client.models.Todo.update({ id: original.id, title })
  await DataStore.save(
    Todo.copyOf(original, (updated) => {
      updated.title = title;
    })
  );
  // TODO(amplify-migrate): DS-06 DataStore is not in Gen 2; suggested: await client.models.Todo.update({ id: original.id, … }) with the fields the copyOf callback sets
  await DataStore.save(Todo.copyOf(original, (d) => { d.title = title; d.done = true; }));
}

export async function removeTodos(id, item) {
  // TODO(amplify-migrate): DS-02 DataStore is not in Gen 2; suggested: await client.models.Todo.get({ id }) (data is null, not undefined, when there is no such item)
  const todo = await DataStore.query(Todo, id);
  // TODO(amplify-migrate): DS-07 DataStore is not in Gen 2; suggested: await client.models.Todo.delete({ id: todo.id })
  await DataStore.delete(todo);
  // TODO(amplify-migrate): DS-07 DataStore is not in Gen 2; suggested: await client.models.<Model>.delete({ id: item.id }) with the model of the item
  await DataStore.delete(item);
  // TODO(amplify-migrate): DS-07 DataStore is not in Gen 2; suggested: for (const { id } of (await client.models.Todo.list({ filter })).data) await client.models.Todo.delete({ id }), with the predicate written as a filter object
  await DataStore.delete(Todo, (c) => c.done.eq(true));
}

export function watchTodos(id, onChange) {
  // TODO(amplify-migrate): DS-08 DataStore is not in Gen 2; suggested: client.models.Todo.onCreate().subscribe(…), and onUpdate() and onDelete() for the other opTypes (one subscription each)
  const all = DataStore.observe(Todo).subscribe((msg) => onChange(msg.element));
  // TODO(amplify-migrate): DS-08 DataStore is not in Gen 2; suggested: client.models.Todo.onUpdate({ filter: { id: { eq: id } } }).subscribe(…) and the same with onDelete
  const one = DataStore.observe(Todo, id).subscribe((msg) => onChange(msg.element));
  // TODO(amplify-migrate): DS-09 DataStore is not in Gen 2; suggested: client.models.Todo.observeQuery({ filter: { done: { eq: false } } }).subscribe(({ items, isSynced }) => …)
  const open = DataStore.observeQuery(Todo, (c) => c.done.eq(false)).subscribe(({ items }) => onChange(items));
  return () => [all, one, open].forEach((s) => s.unsubscribe());
}

export async function signOutCleanup() {
  // TODO(amplify-migrate): DS-10 DataStore is not in Gen 2: there is no local store to clear; delete the call once the data client replaces DataStore
  await DataStore.clear();
}
