import { createApp } from 'vue';
import { Amplify } from 'aws-amplify';
import outputs from '../amplify_outputs.json';
import App from './App.vue';

// CFG-03: the Gen 1 config file becomes amplify_outputs.json.
Amplify.configure(outputs);

createApp(App).mount('#app');
