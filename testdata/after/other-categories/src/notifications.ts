import { syncMessages, dispatchEvent, onMessageDisplayed } from 'aws-amplify/in-app-messaging';
import { initializePushNotifications, onTokenReceived, getPermissionStatus, requestPermissions } from 'aws-amplify/push-notifications';

export async function startMessaging(): Promise<() => void> {
  // NOTE(amplify-migrate): NOT-02 v6 needs initializeInAppMessaging() from aws-amplify/in-app-messaging once after Amplify.configure (NOT-01)
  await syncMessages();
  dispatchEvent({ name: 'app_opened' });
  const listener = onMessageDisplayed((message) => console.log('shown', message.id));
  return () => listener.remove();
}

export async function startPush(): Promise<void> {
  initializePushNotifications();
  onTokenReceived((token) => console.log('device token', token));
  // NOTE(amplify-migrate): NOT-06 resolves 'shouldRequest', 'shouldExplainThenRequest', 'granted' or 'denied' instead of PushNotificationPermissionStatus values: compare with those strings
  const status = await getPermissionStatus();
  console.log(status);
  await requestPermissions();
}
