import { renderEmail } from '../../src';

describe('renderEmail', () => {
  test('when the email is Arabic, then the HTML says lang="ar" and dir="rtl" on the document and the body', () => {
    const { html } = renderEmail({ language: 'ar', title: 'أكّد بريدك', paragraphs: ['مرحباً'] });

    expect(html).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
    expect(html).toContain('<body dir="rtl"');
    expect(html).toContain('أكّد بريدك');
  });

  test('when the email is Turkish or English, then it reads left-to-right', () => {
    expect(renderEmail({ language: 'tr', title: 'Merhaba', paragraphs: [] }).html).toContain(
      '<html lang="tr" dir="ltr">',
    );
    expect(renderEmail({ language: 'en', title: 'Hello', paragraphs: [] }).html).toContain(
      '<html lang="en" dir="ltr">',
    );
  });

  test('when user text holds markup, then the HTML shows it as text and never as markup', () => {
    const { html, text } = renderEmail({
      language: 'en',
      title: 'Hello <b>Sabha</b>',
      paragraphs: ['<script>alert(1)</script> & "quotes"'],
    });

    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Sabha');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(text).toContain('<script>alert(1)</script> & "quotes"');
  });

  test('when there is an action, then HTML has a button and the text body the bare link', () => {
    const url = 'https://jisr.example/verify-email?token=abc&x=1';
    const { html, text } = renderEmail({
      language: 'en',
      title: 'Verify',
      paragraphs: ['One click.'],
      action: { label: 'Verify my address', url },
      footer: ['You registered on Jisr.'],
    });

    expect(html).toContain('href="https://jisr.example/verify-email?token=abc&amp;x=1"');
    expect(text).toContain(`Verify my address: ${url}`);
    expect(text).toContain('--\nYou registered on Jisr.');
  });

  test('when an action link is not http(s), then rendering refuses it with MAIL.INVALID_LINK', () => {
    expect(() =>
      renderEmail({
        language: 'en',
        title: 'x',
        paragraphs: [],
        action: { label: 'x', url: 'javascript:alert(1)' },
      }),
    ).toThrow(expect.objectContaining({ code: 'MAIL.INVALID_LINK' }));
  });
});
