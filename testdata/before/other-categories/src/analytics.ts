import { Analytics, AWSPinpointProvider } from 'aws-amplify';

Analytics.addPluggable(new AWSPinpointProvider());

Analytics.autoTrack('session', {
  enable: true,
  attributes: { app: 'shop' },
});
Analytics.autoTrack('pageView', {
  enable: true,
  eventName: 'pageView',
  type: 'SPA',
  getUrl: () => window.location.origin + window.location.pathname,
});
Analytics.autoTrack('event', { enable: true, selectorPrefix: 'data-track-' });

export interface CartItem {
  id: string;
  price: number;
}

export async function addToCart(item: CartItem): Promise<void> {
  await Analytics.record({ name: 'addToCart', attributes: { id: item.id }, metrics: { price: item.price } });
}

export function checkout(): void {
  Analytics.record('checkout');
  Analytics.record('checkoutPage', { step: 'payment' });
}

export function setTracking(allowed: boolean): void {
  if (allowed) {
    Analytics.enable();
  } else {
    Analytics.configure({ disabled: true });
  }
}

export function resumeSession(): void {
  Analytics.startSession();
}
