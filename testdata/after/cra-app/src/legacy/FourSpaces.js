import { useEffect, useState } from 'react';
import { Hub } from 'aws-amplify/utils';

// Indented with four spaces: what remold writes here is indented the same way.
export function useAuthEvents() {
    const [events, setEvents] = useState([]);
    useEffect(() => {
        const record = ({ payload }) => setEvents((list) => [...list, payload.event]);
        const stopListening = Hub.listen('auth', record);
        return () => stopListening();
    }, []);
    return events;
}
