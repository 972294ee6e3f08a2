import React, { useEffect, useState } from 'react';
import { Storage } from 'aws-amplify';

type Photo = { key: string; url: string };

export function PhotoAlbum({ ownerId }: { ownerId: string }) {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [progress, setProgress] = useState(0);
  const [avatar, setAvatar] = useState('');

  async function upload(file: File) {
    await Storage.put(`photos/${file.name}`, file, {
      contentType: file.type,
      progressCallback: (p) => setProgress(p.loaded / p.total),
    });
    await Storage.put('avatar.png', file, { level: 'protected', contentType: 'image/png' });
  }

  async function loadAvatar() {
    const url = await Storage.get('avatar.png', { level: 'protected', identityId: ownerId });
    setAvatar(url);
  }

  async function remove(key: string) {
    await Storage.remove(key);
    setPhotos(photos.filter((p) => p.key !== key));
  }

  async function saveNote(text: string) {
    await Storage.put('notes/today.txt', text, { level: 'private', contentType: 'text/plain' });
    await Storage.vault.put('draft.txt', text);
    await Storage.copy({ key: 'notes/today.txt', level: 'private' }, { key: 'notes/yesterday.txt', level: 'private' });
  }

  async function backUp(key: string) {
    await Storage.copy({ key }, { key: `backup/${key}` });
    const props = await Storage.getProperties(`backup/${key}`);
    return props;
  }

  useEffect(() => {
    Storage.get('banner.jpg', { expires: 60 }).then((url) => setAvatar(url));
  }, []);

  async function refresh(keys: string[]) {
    const urls = await Promise.all(keys.map((key) => Storage.get(key)));
    setPhotos(keys.map((key, i) => ({ key, url: urls[i] })));
  }

  async function removePrivate(key: string) {
    await Storage.remove(key, { level: 'private' });
    await Storage.vault.remove(`draft-${key}`);
  }

  return (
    <div>
      <progress value={progress} />
      <img src={avatar} alt="avatar" />
      <button onClick={() => loadAvatar()}>avatar</button>
      <button onClick={() => refresh(photos.map((p) => p.key))}>refresh</button>
      <button onClick={() => saveNote('hi')}>note</button>
      <button onClick={() => backUp('a.jpg')}>back up</button>
      <button onClick={() => removePrivate('a.txt')}>clean</button>
      {photos.map((p) => (
        <figure key={p.key}>
          <img src={p.url} alt={p.key} />
          <button onClick={() => remove(p.key)}>remove</button>
        </figure>
      ))}
      <input type="file" onChange={(e) => e.target.files && upload(e.target.files[0])} />
    </div>
  );
}
