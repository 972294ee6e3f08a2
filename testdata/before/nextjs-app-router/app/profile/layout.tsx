import type { ReactNode } from 'react';
import { withSSRContext } from 'aws-amplify';
import { redirect } from 'next/navigation';

export default async function ProfileLayout({ children }: { children: ReactNode }) {
  const SSR = withSSRContext();
  try {
    await SSR.Auth.currentSession();
  } catch {
    redirect('/login');
  }
  return <section>{children}</section>;
}
