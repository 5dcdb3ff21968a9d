/** The app's own name, for headers, citations, exports and messages: written here only. */
export const APP_NAME = 'Coalition Timeline'
