import { Amplify, PubSub } from 'aws-amplify';
import { AWSIoTProvider } from '@aws-amplify/pubsub';
import { Predictions } from '@aws-amplify/predictions';
import { Interactions } from '@aws-amplify/interactions';
import { Geo } from '@aws-amplify/geo';

// TODO(amplify-migrate): PS-01 create one shared instance instead: export const pubsub = new PubSub({ region, endpoint }) with PubSub from '@aws-amplify/pubsub' (MqttOverWSProvider: '@aws-amplify/pubsub/mqtt'), taken from { aws_pubsub_region: 'us-east-1', aws_pubsub_endpoint: 'wss://example-ats.iot.us-east-1.amazonaws.com/mqtt' }
Amplify.addPluggable(new AWSIoTProvider({ aws_pubsub_region: 'us-east-1', aws_pubsub_endpoint: 'wss://example-ats.iot.us-east-1.amazonaws.com/mqtt' }));

export async function order(file) {
  // TODO(amplify-migrate): PS-03 v6 has no PubSub singleton; suggested: pubsub.publish({ topics: 'orders', message: { id: 1 } }) on the instance made by new PubSub({ region, endpoint }) from '@aws-amplify/pubsub' (PS-01)
  await PubSub.publish('orders', { id: 1 });
  // TODO(amplify-migrate): PS-02 v6 has no PubSub singleton; suggested: pubsub.subscribe({ topics: ['orders', 'returns'] }) on the instance made by new PubSub({ region, endpoint }) from '@aws-amplify/pubsub' (PS-01); next receives the message itself, not { provider, value }
  PubSub.subscribe(['orders', 'returns']).subscribe({ next: (data) => console.log(data.value) });
  const { text } = await Predictions.identify({ text: { source: { file } } });
  // TODO(amplify-migrate): INT-02 '@aws-amplify/interactions' talks to Lex V2 bots; a Lex V1 bot needs Interactions from '@aws-amplify/interactions/lex-v1'
  const reply = await Interactions.send({ botName: 'OrderBot', message: text.fullText });
  // TODO(amplify-migrate): INT-03 '@aws-amplify/interactions' talks to Lex V2 bots; a Lex V1 bot needs Interactions from '@aws-amplify/interactions/lex-v1'
  Interactions.onComplete({ botName: 'OrderBot', callback: (err, done) => console.log(err, done) });
  const places = await Geo.searchByText('coffee', { maxResults: 5 });
  return { reply, places };
}
