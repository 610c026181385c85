export default defineBackground(() => {
  // Stats recording and settings writes arrive with the inline hints.
});
