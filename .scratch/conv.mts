import { pptxToPdf } from '../scripts/lib/pptx/soffice.ts';
for (const f of process.argv.slice(2)) console.log(await pptxToPdf(f, '/tmp/pp/pdf'));
