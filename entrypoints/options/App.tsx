export default function App() {
  return (
    <main>
      <h1>Async Nudge settings</h1>
    </main>
  );
}
