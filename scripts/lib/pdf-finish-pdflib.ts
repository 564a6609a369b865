/**
 * The same finishing steps as `finishPdf` (pdf-finish.ts) on pdf-lib's document model: for a PDF
 * the fast reader does not know. It parses and writes every object, so it takes several times as
 * long; the exporter loads it (and pdf-lib) only when it is needed.
 */
import { PDFDocument } from 'pdf-lib';
import type { FinishPlan, Finished } from './pdf-finish.ts';
import { writeOutline } from './pdf-outline.ts';
import { describeLinks, markUntaggedAsArtifacts, writeXmp } from './pdf-tags.ts';

export async function finishWithPdfLib(printed: Uint8Array, plan: FinishPlan): Promise<Finished> {
  const doc = await PDFDocument.load(printed, { updateMetadata: false });
  plan.checkPages?.(doc.getPageCount());
  doc.setTitle(plan.title);
  doc.setSubject(plan.subject);
  doc.setCreator(plan.creator);
  doc.setLanguage(plan.lang);
  doc.setCreationDate(plan.date);
  doc.setModificationDate(plan.date);
  doc.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
  writeOutline(doc, plan.outline);
  const artifacts = markUntaggedAsArtifacts(doc);
  const missingLinks = describeLinks(doc, plan.links);
  writeXmp(doc, {
    title: plan.title,
    description: plan.subject,
    lang: plan.lang,
    creatorTool: plan.creator,
    producer: doc.getProducer() ?? '',
    date: plan.date,
  });
  return { bytes: await doc.save(), pages: doc.getPageCount(), missingLinks, artifacts };
}
