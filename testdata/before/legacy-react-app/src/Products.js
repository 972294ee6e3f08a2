import React from 'react'
import { withAuthenticator } from 'aws-amplify-react'

function Products({ authData }) {
  return <p>{authData.username}</p>
}

export default withAuthenticator(Products, true)

function Orders() {
  return <p>No orders yet</p>
}

export const WrappedOrders = withAuthenticator(Orders)
