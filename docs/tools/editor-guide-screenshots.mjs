// Takes the screenshots of docs/editor-guide.md from a running portal, in headless Chromium.
//
//   PORTAL_URL=http://127.0.0.1:5080 PORTAL_EMAIL=... PORTAL_PASSWORD=... npm run editor-guide
//
// The account must be an Administrator (to show every screen). Writes docs/screenshots/editor-*.png.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const base = process.env.PORTAL_URL ?? 'http://127.0.0.1:5080';
const email = process.env.PORTAL_EMAIL;
const password = process.env.PORTAL_PASSWORD;
if (!email || !password) {
  console.error('Set PORTAL_EMAIL and PORTAL_PASSWORD (an Administrator account).');
  process.exit(2);
}
const out = process.env.SHOTS_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
const shot = async (name, options = {}) => {
  await page.screenshot({ path: path.join(out, `editor-${name}.png`), ...options });
  console.log(`editor-${name}.png`);
};

await page.goto(`${base}/admin/account/login`);
await shot('login');
await page.fill('#Input_Email', email);
await page.fill('#Input_Password', password);
await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
await shot('dashboard', { fullPage: true });

await page.goto(`${base}/admin/articles`);
await shot('articles');

await page.goto(`${base}/admin/articles/edit`);
await page.fill('#Input_Title', 'Tỉnh tổ chức diễn tập phòng, chống bão năm 2026');
await page.selectOption('#Input_CategoryId', { index: 1 });
await page.fill('#Input_Summary', 'Sáng 28/11, UBND tỉnh tổ chức diễn tập ứng phó bão mạnh đổ bộ vào vùng ven biển.');
await page.fill('#Input_Author', 'Hải Đăng');
await page.fill('#Input_BodyMarkdown', 'Buổi diễn tập có sự tham gia của hơn **500** người.\n\n## Kết quả\n\n- Sơ tán 1.200 hộ dân\n- Kiểm tra 35 tàu cá');
await Promise.all([page.waitForNavigation(), page.click('button[formaction*="handler=Preview"]')]);
await shot('preview', { fullPage: true });
await Promise.all([page.waitForNavigation(), page.click('button[formaction*="handler=Submit"]')]);
const articleUrl = page.url();
await shot('saved');

const id = articleUrl.split('/').pop();
await page.goto(`${base}/admin/articles/review/${id}`);
await shot('review', { fullPage: true });

await page.fill('#Input_BodyMarkdown', '').catch(() => {});
await page.goto(`${base}/admin/articles/edit/${id}`);
await page.fill('#Input_BodyMarkdown', 'Buổi diễn tập có sự tham gia của hơn **600** người.\n\n## Kết quả\n\n- Sơ tán 1.200 hộ dân\n- Kiểm tra 35 tàu cá\n- Kiểm tra 12 hồ chứa');
await Promise.all([page.waitForNavigation(), page.click('button.button:not([formaction])')]);
await page.goto(`${base}/admin/articles/history/${id}`);
await shot('history', { fullPage: true });

await browser.close();
