import { Hub } from 'aws-amplify';

// HUB-02 where listen and remove live in different methods: flagged, not rewritten.
export class AuthWatcher {
  start() {
    Hub.listen('auth', this.onAuth);
  }

  stop() {
    Hub.remove('auth', this.onAuth);
  }

  onAuth = ({ payload }) => {
    console.log(payload.event);
  };
}
