// The same ceiling as the host's (electron/services/documents: MAX_DOCUMENT_BYTES) for a file the
// page reads itself: larger is not a seating plan.
export const MAX_DROPPED_DOCUMENT_BYTES = 64 * 1024 * 1024;
