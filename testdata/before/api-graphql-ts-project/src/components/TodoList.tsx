import { useEffect, useState } from 'react';
import { API, graphqlOperation } from 'aws-amplify';
import { GraphQLQuery, GraphQLSubscription } from '@aws-amplify/api';
import { listTodos } from '../graphql/queries';
import { createTodo, deleteTodo } from '../graphql/mutations';
import { onCreateTodo, onDeleteTodo } from '../graphql/subscriptions';
import { CreateTodoMutation, DeleteTodoMutation, ListTodosQuery, OnCreateTodoSubscription, OnDeleteTodoSubscription, Todo } from '../API';
import { TodoItem } from './TodoItem';

// A component with hooks: the first page on mount, live updates while mounted (spec DATA-01, DATA-05, DATA-07, DATA-08).
export function TodoList({ owner }: { owner: string }) {
  const [todos, setTodos] = useState<Todo[]>([]);

  useEffect(() => {
    API.graphql<GraphQLQuery<ListTodosQuery>>(graphqlOperation(listTodos)).then((res) => {
      setTodos((res.data?.listTodos?.items ?? []) as Todo[]);
    });
  }, []);

  useEffect(() => {
    const created = API.graphql<GraphQLSubscription<OnCreateTodoSubscription>>(
      graphqlOperation(onCreateTodo, { owner })
    ).subscribe({
      next: ({ value }) => {
        const todo = value.data?.onCreateTodo;
        if (todo) {
          setTodos((current) => [...current, todo]);
        }
      },
      error: (error) => console.warn(error),
    });
    const deleted = API.graphql<GraphQLSubscription<OnDeleteTodoSubscription>>(graphqlOperation(onDeleteTodo)).subscribe({
      next({ value }) {
        setTodos((current) => current.filter((t) => t.id !== value.data?.onDeleteTodo?.id));
      },
    });
    return () => {
      created.unsubscribe();
      deleted.unsubscribe();
    };
  }, [owner]);

  async function add(name: string) {
    const res = await API.graphql<GraphQLQuery<CreateTodoMutation>>(graphqlOperation(createTodo, { input: { name, done: false } }));
    return res.data?.createTodo?.id;
  }

  async function remove(id: string) {
    await API.graphql<GraphQLQuery<DeleteTodoMutation>>({ query: deleteTodo, variables: { input: { id } } });
  }

  return (
    <ul>
      {todos.map((todo) => (
        <TodoItem key={todo.id} todo={todo} onRemove={() => remove(todo.id)} />
      ))}
      <li>
        <button onClick={() => add('new')}>Add</button>
      </li>
    </ul>
  );
}
