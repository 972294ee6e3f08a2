import React from 'react'
import { withAuthenticator } from '@aws-amplify/ui-react'
import '@aws-amplify/ui-react/styles.css'

function Products({ authData }) {
  return <p>{authData.username}</p>
}

// TODO(amplify-migrate): LEG-01 Products now gets { signOut, user } (user is an AuthUser) instead of authState, authData and onStateChange, and no greeting bar: render a sign-out button that calls signOut
export default withAuthenticator(Products)

function Orders() {
  return <p>No orders yet</p>
}

// TODO(amplify-migrate): LEG-01 Orders now gets { signOut, user } (user is an AuthUser) instead of authState, authData and onStateChange, and no greeting bar: render a sign-out button that calls signOut
export const WrappedOrders = withAuthenticator(Orders)
