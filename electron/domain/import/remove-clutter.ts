import { elementName } from './html-to-blocks';

/**
 * Takes out of a web page what is plainly not the article, before Readability looks for it:
 * Readability leaves an ad slot or a newsletter box inside the article, and cookie banners are
 * often dialogs. Judged by class and id words, ARIA roles and `aria-modal`, never by the text.
 */

const CLUTTER_WORDS = new Set([
  'ad', 'ads', 'adslot', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'promo',
  'promotion', 'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'subscription', 'signup',
  'comment', 'comments', 'disqus', 'related', 'recommended', 'share', 'sharing', 'social', 'paywall',
  'outbrain', 'taboola', 'popup', 'modal', 'breadcrumb', 'breadcrumbs', 'sidebar',
]);

const CLUTTER_ROLES = new Set(['dialog', 'alertdialog', 'navigation', 'banner', 'contentinfo', 'complementary', 'search']);

/** Containers of the article itself: kept whatever their class says (`<body class="has-ads">`). */
const NEVER_REMOVED = new Set(['html', 'body', 'main', 'article']);

export function removeClutter(document: Document): void {
  const doomed: Element[] = [];
  for (const element of Array.from(document.querySelectorAll('[class], [id], [role], [aria-modal]'))) {
    if (NEVER_REMOVED.has(elementName(element)) || element.querySelector('article, main')) continue;
    if (isClutter(element)) doomed.push(element);
  }
  for (const element of doomed) element.remove();
}

function isClutter(element: Element): boolean {
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role && CLUTTER_ROLES.has(role)) return true;
  if (element.getAttribute('aria-modal') === 'true') return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  return names.split(/[^a-z0-9]+/).some((word) => CLUTTER_WORDS.has(word));
}
