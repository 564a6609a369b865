/**
 * The deck's Content-Security-Policy: one definition, from which the live server's header is
 * written (and the page's own declaration, as the page's inline code is moved out). Scripts come
 * from the deck's own origin, plus the inline boot script by its hash; nothing is fetched from
 * elsewhere. Pure; build time only.
 */
import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script's exact text. */
export const scriptHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for a page whose only inline scripts are these. */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(scriptHash).join(' ')}`.trim(),
    // The maps' SVG still carry <style> blocks; styles set from script (Chart.js) need nothing.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** Where the build writes the policy, beside index.html. */
export const CSP_FILE = 'content-security-policy.txt';
