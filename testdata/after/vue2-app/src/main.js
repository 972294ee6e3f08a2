import Vue from 'vue'
import { Amplify } from 'aws-amplify'
import outputs from '../amplify_outputs.json'
import App from './App.vue'

Amplify.configure(outputs)

new Vue({ render: (h) => h(App) }).$mount('#app')
