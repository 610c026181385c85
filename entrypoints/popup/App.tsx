export default function App() {
  return (
    <main>
      <h1>Async Nudge</h1>
      <p>Your weekly async habits will show here once you have sent a few messages.</p>
    </main>
  );
}
