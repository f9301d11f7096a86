import type { APIRoute } from 'astro';
import { getContentModel } from '../data/content-model.ts';
import { attachmentWithInfo, contentDir } from '../data/build-context.ts';
import { attachmentsOf } from '../lib/attachments/published-attachments.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

/** Every published attachment with its size, media type and SHA-256 — the same figures the document pages show. */
export const GET: APIRoute = async () => {
  const model = await getContentModel();
  const files = await Promise.all(
    attachmentsOf(model, contentDir).map(async (attachment) => {
      const info = await attachmentWithInfo(attachment.owner.file, { file: attachment.file, title: attachment.title });
      return {
        url: absoluteUrl(model.site.siteUrl, info.url),
        title: info.title,
        bytes: info.bytes,
        mediaType: info.mediaType,
        sha256: info.sha256,
        owner: `${attachment.owner.collection}/${attachment.owner.id}`,
      };
    }),
  );
  return new Response(JSON.stringify({ site: model.site.siteUrl, algorithm: 'SHA-256', files }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
