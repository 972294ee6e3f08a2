import type { ComponentType } from 'react';

export function withAuthenticator<P extends object>(Component: ComponentType<P>, options: { initialState: string }) {
  return Object.assign(Component, { options });
}
