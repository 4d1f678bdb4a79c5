// Set-up for every unit and integration test file: PDFs are set in the same font as in the app.
import { provideNodeDocumentFonts } from './node-document-fonts';

provideNodeDocumentFonts();
