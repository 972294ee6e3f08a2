// The Gen 2 data backend, written for this app (spec §8.1: it exports the Schema type).
// A real backend imports `a`, `ClientSchema` and `defineData` from '@aws-amplify/backend', which re-exports
// them from '@aws-amplify/data-schema'; this stand-in imports that package directly so the type check
// needs no backend tooling.
import { type ClientSchema, a } from '@aws-amplify/data-schema';

const schema = a.schema({
  Todo: a
    .model({
      name: a.string().required(),
      done: a.boolean(),
      owner: a.string(),
      createdAt: a.datetime(),
    })
    .secondaryIndexes((index) => [index('owner').sortKeys(['createdAt']).queryField('todosByOwner')])
    .authorization((allow) => [allow.owner(), allow.publicApiKey().to(['read'])]),
});

export type Schema = ClientSchema<typeof schema>;
