export function App() {
  return <main>Sift</main>;
}
