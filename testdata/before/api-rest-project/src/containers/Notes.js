import { useEffect, useState } from 'react';
import { API, Auth } from 'aws-amplify';

// Promises returned to the caller (spec §9): the caller still gets the parsed body.
function loadNote(id) {
  return API.get('notes', `/notes/${id}`);
}

function saveNote(id, note) {
  return API.put('notes', `/notes/${id}`, {
    body: note,
  });
}

function deleteNote(id) {
  return API.del('notes', `/notes/${id}`);
}

export function Notes({ id }) {
  const [note, setNote] = useState(null);

  useEffect(() => {
    async function onLoad() {
      // Awaited and used: the body is read the v6 way.
      const loaded = await loadNote(id);
      const comments = await API.get('notes', `/notes/${id}/comments`, {
        queryStringParameters: { limit: '20', order: 'desc' },
      });
      setNote({ ...loaded, comments });
    }
    onLoad();
  }, [id]);

  async function publish() {
    const token = (await Auth.currentSession()).getIdToken().getJwtToken();
    // Awaited as a statement: only the response is waited for.
    await API.post('notes', '/publish', {
      headers: { Authorization: token },
      body: { id },
    });
    await API.patch('notes', `/notes/${id}`, { body: { published: true } });
    await API.head('notes', `/notes/${id}`);
  }

  // A .then chain keeps reading the body.
  function refresh() {
    API.get('notes', '/notes').then((notes) => console.log(notes.length));
  }

  async function search(queryStringParameters) {
    // Shorthand keys keep their variable: queryParams: queryStringParameters.
    return API.get('notes', '/search', { queryStringParameters });
  }

  async function status() {
    // response: true gives an axios-like response: flagged for review (REST-08).
    const res = await API.get('notes', '/status', { response: true });
    return res.status === 200 ? res.data : null;
  }

  async function download(init) {
    // An init built elsewhere cannot be carried over safely (REST-07).
    return API.get('notes', '/export', init);
  }

  return { note, saveNote, deleteNote, publish, refresh, search, status, download };
}
