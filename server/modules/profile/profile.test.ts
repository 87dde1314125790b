import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { ORIGIN, TEST_PASSWORD, createMember } from '../../../test/factories';
import { linkFromLatestMail, notificationTypes, queuedMails } from '../../../test/outbox';
import { MAX_PHOTO_PIXELS } from '../../../contract/profile';
import { confirmEmailChange } from './profile.service';

describe('personal profile, settings and member profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: object) =>
    t.app.inject({ method, url, headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) }, ...(payload ? { payload } : {}) });

  it('shows the personal profile with email hidden and notifications on by default', async () => {
    const { cookie } = await createMember(t, { role: 'student' });
    const res = await call('GET', '/api/me', cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'student', showEmail: false, emailNotifications: true, hasPassword: true, graduationYear: null });
  });

  it('updates the personal profile fields and the display name', async () => {
    const { cookie } = await createMember(t);
    const res = await call('PATCH', '/api/me', cookie, {
      firstName: 'Eva',
      headline: 'Data scientist helping students into tech',
      employer: 'Rijkswaterstaat',
      city: 'Utrecht',
      country: 'NL',
      languages: ['nl', 'en'],
      linkedinUrl: 'https://www.linkedin.com/in/eva-example',
      bio: '',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ firstName: 'Eva', name: expect.stringMatching(/^Eva /), city: 'Utrecht', country: 'NL', languages: ['nl', 'en'], bio: null });
  });

  it('refuses a non-LinkedIn address as LinkedIn profile URL', async () => {
    const { cookie } = await createMember(t);
    const res = await call('PATCH', '/api/me', cookie, { linkedinUrl: 'https://evil.example/in/me' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('refuses a change of the own user name with 403 username_immutable and keeps it', async () => {
    const { cookie, user } = await createMember(t);
    const res = await call('PATCH', '/api/me', cookie, { username: 'new.name', city: 'Leiden' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'username_immutable', details: { supportEmail: 'mentors@test.example' } });
    const me = await call('GET', '/api/me', cookie);
    expect(me.json()).toMatchObject({ username: user.username, city: null });
  });

  it('blocks better-auth’s own profile endpoint, so the user name cannot change there either', async () => {
    const { cookie, user } = await createMember(t);
    const res = await call('POST', '/api/auth/update-user', cookie, { username: 'sneaky.name' });
    expect(res.statusCode).toBe(404);
    expect((await call('GET', '/api/me', cookie)).json().username).toBe(user.username);
  });

  it('shows another member the email address only when its owner chose to', async () => {
    const owner = await createMember(t);
    const viewer = await createMember(t, { role: 'student' });
    const hidden = await call('GET', `/api/members/${owner.user.displayUsername}`, viewer.cookie);
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toMatchObject({ username: owner.user.username, email: null });
    expect(hidden.json()).not.toHaveProperty('dateOfBirth');

    const settings = await call('PATCH', '/api/me/settings', owner.cookie, { showEmail: true });
    expect(settings.json().showEmail).toBe(true);
    const shown = await call('GET', `/api/members/${owner.user.username}`, viewer.cookie);
    expect(shown.json().email).toBe(owner.input.email);
  });

  it('lets no anonymous visitor see a member, and answers an unknown one with 404', async () => {
    const { user, cookie } = await createMember(t);
    expect((await call('GET', `/api/members/${user.username}`)).statusCode).toBe(401);
    const missing = await call('GET', '/api/members/nobody.here', cookie);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('refuses control characters in profile text with 400 (NUL gave 500), keeping line breaks in the bio', async () => {
    const { cookie } = await createMember(t);
    const nul = await call('PATCH', '/api/me', cookie, { headline: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error).toMatchObject({ code: 'validation_failed', details: { issues: [{ path: 'headline', message: 'text_invalid_characters' }] } });
    for (const payload of [{ languages: ['e\u0000n'] }, { firstName: 'Eva\u001b' }, { city: 'half \ud800' }]) {
      expect((await call('PATCH', '/api/me', cookie, payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
    const bio = await call('PATCH', '/api/me', cookie, { bio: 'First line\n\tSecond line' });
    expect(bio.json().bio).toBe('First line\n\tSecond line');
  });

  it('answers an update with nothing to change with 400 validation_failed (it gave 500)', async () => {
    const { cookie } = await createMember(t);
    for (const url of ['/api/me/settings', '/api/me']) {
      for (const payload of [{}, { unknownField: true }]) {
        const res = await call('PATCH', url, cookie, payload);
        expect(res.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
      }
    }
  });

  it('refuses a control character in a member, photo or identity address with 400 (it gave 500)', async () => {
    const { cookie } = await createMember(t);
    for (const [method, url] of [
      ['GET', '/api/members/%00'],
      ['GET', '/api/members/a%0Ab'],
      ['GET', '/api/photos/%00'],
      ['DELETE', '/api/me/identities/%00'],
    ] as const) {
      const res = await call(method, url, cookie);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });

  it('switches email notifications off and the language to Dutch', async () => {
    const { cookie } = await createMember(t);
    const res = await call('PATCH', '/api/me/settings', cookie, { emailNotifications: false, language: 'nl' });
    expect(res.json()).toMatchObject({ emailNotifications: false, language: 'nl' });
    expect((await call('PATCH', '/api/me/settings', cookie, { language: 'de' })).statusCode).toBe(400);
  });

  describe('email change', () => {
    it('takes effect only after the link sent to the new address is followed, once', async () => {
      const { cookie, user, input } = await createMember(t);
      const start = await call('POST', '/api/me/email-change', cookie, { newEmail: 'New.Address@Test.Example', currentPassword: TEST_PASSWORD });
      expect(start.statusCode).toBe(202);
      expect((await call('GET', '/api/me', cookie)).json().email).toBe(input.email);

      const link = await linkFromLatestMail(t, 'new.address@test.example');
      expect(link.pathname).toBe('/confirm-email');
      const token = link.searchParams.get('token')!;
      const confirm = await call('POST', '/api/me/email-change/confirm', undefined, { token });
      expect(confirm.statusCode).toBe(200);
      expect((await call('GET', '/api/me', cookie)).json().email).toBe('new.address@test.example');
      expect(await notificationTypes(t, user.id)).toContain('email_changed');
      const [toldOld] = await queuedMails(t, input.email);
      expect(toldOld).toMatchObject({ template: 'email_changed_old_address', data: { newEmail: 'new.address@test.example' } });

      const again = await call('POST', '/api/me/email-change/confirm', undefined, { token });
      expect(again.statusCode).toBe(400);
      expect(again.json().error.code).toBe('invalid_token');

      const signIn = await call('POST', '/api/auth/sign-in/email', undefined, { email: 'new.address@test.example', password: TEST_PASSWORD });
      expect(signIn.statusCode).toBe(200);
    });

    it('refuses a link older than a day', async () => {
      const { cookie } = await createMember(t);
      await call('POST', '/api/me/email-change', cookie, { newEmail: 'late@test.example', currentPassword: TEST_PASSWORD });
      const token = (await linkFromLatestMail(t, 'late@test.example')).searchParams.get('token')!;
      const tomorrow = () => new Date(Date.now() + 25 * 60 * 60 * 1000);
      await expect(confirmEmailChange({ db: t.database.db, config: t.config, now: tomorrow, memberAbilities: async () => ({ message: false }) }, token)).rejects.toMatchObject({
        code: 'invalid_token',
      });
    });

    it('needs the current password, and refuses an address in use', async () => {
      const { cookie } = await createMember(t);
      const other = await createMember(t);
      const wrong = await call('POST', '/api/me/email-change', cookie, { newEmail: 'x1@test.example', currentPassword: 'not-my-password' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.code).toBe('wrong_password');
      const missing = await call('POST', '/api/me/email-change', cookie, { newEmail: 'x1@test.example' });
      expect(missing.json().error.code).toBe('password_required');
      const taken = await call('POST', '/api/me/email-change', cookie, { newEmail: other.input.email, currentPassword: TEST_PASSWORD });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.code).toBe('email_taken');
    });
  });

  describe('profile photo', () => {
    const upload = (cookie: string, bytes: Buffer, type: string) => {
      const boundary = '----mn-test-boundary';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="me"\r\nContent-Type: ${type}\r\n\r\n`),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: 'PUT',
        url: '/api/me/photo',
        headers: { origin: ORIGIN, cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: body,
      });
    };

    it('resizes an uploaded photo to a square WebP that signed-in members can load', async () => {
      const { cookie } = await createMember(t);
      const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3366aa' } }).png().toBuffer();
      const res = await upload(cookie, png, 'image/png');
      expect(res.statusCode).toBe(200);
      const image = res.json().image as string;
      expect((await call('GET', '/api/me', cookie)).json().image).toBe(image);

      const photo = await call('GET', image, cookie);
      expect(photo.statusCode).toBe(200);
      expect(photo.headers['content-type']).toBe('image/webp');
      expect(await sharp(photo.rawPayload).metadata()).toMatchObject({ width: 512, height: 512, format: 'webp' });
      expect((await call('GET', image)).statusCode).toBe(401);
    });

    it('refuses a file that only claims to be an image, and an unsupported type', async () => {
      const { cookie } = await createMember(t);
      const fake = await upload(cookie, Buffer.from('<script>alert(1)</script>'), 'image/png');
      expect(fake.statusCode).toBe(400);
      expect(fake.json().error.code).toBe('photo_invalid');
      const gif = await upload(cookie, Buffer.from('GIF89a'), 'image/gif');
      expect(gif.json().error.code).toBe('photo_invalid');
    });

    it('refuses an image of more pixels than a photo needs before decoding it (7000 × 7000 took seconds)', async () => {
      const { cookie } = await createMember(t);
      const huge = await sharp({ create: { width: 7000, height: 7000, channels: 3, background: '#3366aa' } }).png().toBuffer();
      expect(huge.length).toBeLessThan(1024 * 1024);
      const res = await upload(cookie, huge, 'image/png');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'photo_dimensions_too_large', details: { field: 'photo', maxPixels: MAX_PHOTO_PIXELS } });
      expect((await call('GET', '/api/me', cookie)).json().image).toBeNull();
    });

    // Found by the fuzzer: the multipart parser's own error went out as 500.
    it('refuses an upload whose multipart body cannot be read with 400 photo_invalid', async () => {
      const { cookie } = await createMember(t);
      for (const contentType of ['multipart/form-data', 'multipart/form-data; boundary=']) {
        const res = await t.app.inject({
          method: 'PUT',
          url: '/api/me/photo',
          headers: { origin: ORIGIN, cookie, 'content-type': contentType },
          payload: '--x\r\n',
        });
        expect(res.statusCode, contentType).toBe(400);
        expect(res.json().error.code).toBe('photo_invalid');
      }
    });

    it('refuses a photo over 5 MB with 413 payload_too_large', async () => {
      const { cookie } = await createMember(t);
      const res = await upload(cookie, Buffer.alloc(5 * 1024 * 1024 + 10, 1), 'image/jpeg');
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('payload_too_large');
    });
  });
});
