import { describe, expect, it } from 'vitest';
import { youtubeVideo } from '../../../src/present/views/embeds.ts';

describe('youtubeVideo', () => {
  it.each([
    [
      'https://www.youtube.com/embed/IOHayh06LJ4?&loop=1&start=0',
      'https://www.youtube.com/watch?v=IOHayh06LJ4',
    ],
    [
      'https://www.youtube.com/embed/FwFduRA_L6Q?start=42',
      'https://www.youtube.com/watch?v=FwFduRA_L6Q&t=42',
    ],
    [
      'https://www.youtube-nocookie.com/embed/OGxVfKJqX5E',
      'https://www.youtube.com/watch?v=OGxVfKJqX5E',
    ],
    ['https://youtu.be/OGxVfKJqX5E', 'https://www.youtube.com/watch?v=OGxVfKJqX5E'],
    ['//www.youtube.com/watch?v=OGxVfKJqX5E', 'https://www.youtube.com/watch?v=OGxVfKJqX5E'],
  ])('%s → %s', (src, watchUrl) => {
    expect(youtubeVideo(src)?.watchUrl).toBe(watchUrl);
  });

  it.each([
    'https://example.com/embed/IOHayh06LJ4',
    'https://www.youtube.com.evil.example/embed/IOHayh06LJ4',
    'javascript:alert(1)',
    'https://www.youtube.com/embed/',
    'https://www.youtube.com/embed/bad"id<x>',
    '',
  ])('is not a YouTube video: %s', (src) => {
    expect(youtubeVideo(src)).toBeUndefined();
  });
});
