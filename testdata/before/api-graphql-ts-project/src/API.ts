/* tslint:disable */
/* eslint-disable */
//  This file was automatically generated and should not be edited.

export type CreateTodoInput = {
  id?: string | null,
  name: string,
  done?: boolean | null,
  owner?: string | null,
  createdAt?: string | null,
};

export type Todo = {
  __typename: "Todo",
  id: string,
  name: string,
  done?: boolean | null,
  owner?: string | null,
  createdAt?: string | null,
  updatedAt: string,
};

export type UpdateTodoInput = {
  id: string,
  name?: string | null,
  done?: boolean | null,
  owner?: string | null,
  createdAt?: string | null,
};

export enum ModelSortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

export type GetTodoQuery = {
  getTodo?: {
    __typename: "Todo",
    id: string,
    name: string,
    done?: boolean | null,
    owner?: string | null,
    createdAt?: string | null,
    updatedAt: string,
  } | null,
};

export type ListTodosQuery = {
  listTodos?: {
    __typename: "ModelTodoConnection",
    items: Array<{
      __typename: "Todo",
      id: string,
      name: string,
      done?: boolean | null,
      owner?: string | null,
      createdAt?: string | null,
      updatedAt: string,
    } | null>,
    nextToken?: string | null,
  } | null,
};

export type TodosByOwnerQuery = {
  todosByOwner?: {
    __typename: "ModelTodoConnection",
    items: Array<{
      __typename: "Todo",
      id: string,
      name: string,
      done?: boolean | null,
      owner?: string | null,
      createdAt?: string | null,
      updatedAt: string,
    } | null>,
    nextToken?: string | null,
  } | null,
};

export type TodoStatsQuery = {
  todoStats?: string | null,
};

export type CreateTodoMutation = {
  createTodo?: {
    __typename: "Todo",
    id: string,
    name: string,
    done?: boolean | null,
    owner?: string | null,
    createdAt?: string | null,
    updatedAt: string,
  } | null,
};

export type UpdateTodoMutation = {
  updateTodo?: {
    __typename: "Todo",
    id: string,
    name: string,
    done?: boolean | null,
    owner?: string | null,
    createdAt?: string | null,
    updatedAt: string,
  } | null,
};

export type DeleteTodoMutation = {
  deleteTodo?: {
    __typename: "Todo",
    id: string,
  } | null,
};

export type OnCreateTodoSubscription = {
  onCreateTodo?: {
    __typename: "Todo",
    id: string,
    name: string,
    done?: boolean | null,
    owner?: string | null,
    createdAt?: string | null,
    updatedAt: string,
  } | null,
};

export type OnDeleteTodoSubscription = {
  onDeleteTodo?: {
    __typename: "Todo",
    id: string,
  } | null,
};
