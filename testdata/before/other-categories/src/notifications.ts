import { Notifications } from 'aws-amplify';

export async function startMessaging(): Promise<() => void> {
  await Notifications.InAppMessaging.syncMessages();
  Notifications.InAppMessaging.dispatchEvent({ name: 'app_opened' });
  const listener = Notifications.InAppMessaging.onMessageDisplayed((message) => console.log('shown', message.id));
  return () => listener.remove();
}

export async function startPush(): Promise<void> {
  Notifications.Push.enable();
  Notifications.Push.onTokenReceived((token) => console.log('device token', token));
  const status = await Notifications.Push.getPermissionStatus();
  console.log(status);
  await Notifications.Push.requestPermissions();
}
