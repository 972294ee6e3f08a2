import { useEffect, useState } from 'react';
import { Hub } from 'aws-amplify';

// Indented with four spaces: what remold writes here is indented the same way.
export function useAuthEvents() {
    const [events, setEvents] = useState([]);
    useEffect(() => {
        const record = ({ payload }) => setEvents((list) => [...list, payload.event]);
        Hub.listen('auth', record);
        return () => Hub.remove('auth', record);
    }, []);
    return events;
}
