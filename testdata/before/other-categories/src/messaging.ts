import { Notifications, Analytics, ServiceWorker } from 'aws-amplify';
import { InAppMessageInteractionEvent } from '@aws-amplify/notifications';

const worker = new ServiceWorker();

Analytics.autoTrack('pageView', { enable: true, eventName: 'screen' });
Analytics.autoTrack('pageView', { enable: false, type: 'multiPageApp' });

export function wireMessages(): Array<{ remove: () => void }> {
  Notifications.InAppMessaging.setConflictHandler((messages) => messages[0]);
  return [
    Notifications.InAppMessaging.onMessageReceived((message) => {
      Notifications.InAppMessaging.notifyMessageInteraction(message, InAppMessageInteractionEvent.MESSAGE_DISPLAYED_EVENT);
    }),
    Notifications.InAppMessaging.onMessageDismissed((message) => console.log('dismissed', message.id)),
    Notifications.InAppMessaging.onMessageActionTaken((message) => console.log('action', message.id)),
    Notifications.Push.onNotificationReceivedInForeground((n) => console.log(n.title)),
    Notifications.Push.onNotificationReceivedInBackground(async (n) => console.log(n.body)),
    Notifications.Push.onNotificationOpened((n) => console.log('opened', n.title)),
  ];
}

export async function resetBadge(): Promise<void> {
  const launch = await Notifications.Push.getLaunchNotification();
  const count = await Notifications.Push.getBadgeCount();
  if (launch && count) {
    Notifications.Push.setBadgeCount(0);
  }
  await Notifications.InAppMessaging.clearMessages();
}

export function record(score: number): void {
  Analytics.record('levelDone', { level: 'one' }, { score });
  Analytics.stopSession();
  Analytics.disable();
  void worker.register('/service-worker.js', '/');
}
