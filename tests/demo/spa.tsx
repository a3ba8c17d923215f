/**
 * Demo: Min Plan as a single-page app with React-style controlled fields (Preact: `value` + `onInput`).
 * It re-renders the way real fagsystems do: a route change (history.pushState) replaces the whole form, and
 * "Gengiv felterne" (or `?replaceEvery=<ms>`, or `window.__demoReplace()`) replaces every field element while keeping
 * the values. `window.__demoState` always holds the framework's own state, so E2E tests can check that it saw an insert.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Route = 'maal' | 'referat';
type FieldName = 'jobmaal' | 'aftaler' | 'aktiviteter' | 'referat';

interface DemoState {
  route: Route;
  /** Bumped whenever the field elements are replaced. */
  generation: number;
  values: Record<FieldName, string>;
}

declare global {
  interface Window {
    __demoState: DemoState;
    __demoReplace: () => void;
    __demoNavigate: (route: Route) => void;
  }
}

const INITIAL: Record<FieldName, string> = {
  jobmaal: 'Borger vil gerne have et job inden for noget praktisk.',
  aftaler: [
    '- Du skal søge job.',
    '- Du vil kontakte og mødes med tre personer fra dit netværk for at høre om job som lagermedarbejder inden d. 05.02.',
    '- Jobformidler hjælper med CV.',
  ].join('\n'),
  aktiviteter: 'Virksomhedspraktik. Formålet er afklaring.',
  referat: 'Samtale afholdt. Borger siger, at hun ikke kan tåle stress.',
};

const ROUTES: Record<Route, { title: string; fields: { name: FieldName; label: string; hint: string }[] }> = {
  maal: {
    title: 'Mål og aftaler',
    fields: [
      { name: 'jobmaal', label: 'Mit mål', hint: 'Hvilket job vil du gerne have?' },
      { name: 'aftaler', label: 'Aftaler', hint: 'Én aftale pr. linje: hvem gør hvad, hvornår' },
    ],
  },
  referat: {
    title: 'Aktiviteter og referat',
    fields: [
      { name: 'aktiviteter', label: 'Aktiviteter og tilbud', hint: 'Praktik, løntilskud, kurser' },
      { name: 'referat', label: 'Mødereferat', hint: 'Hvad talte I om?' },
    ],
  },
};

function routeFromUrl(): Route {
  return new URLSearchParams(location.search).get('side') === 'referat' ? 'referat' : 'maal';
}

function publish(state: DemoState): void {
  window.__demoState = JSON.parse(JSON.stringify(state)) as DemoState;
}

function App() {
  const [state, setState] = useState<DemoState>({ route: routeFromUrl(), generation: 0, values: { ...INITIAL } });
  publish(state);

  const update = (next: (s: DemoState) => DemoState) =>
    setState((s) => {
      const n = next(s);
      publish(n);
      return n;
    });
  const navigate = (route: Route) => {
    history.pushState({ route }, '', `?side=${route}`);
    update((s) => ({ ...s, route }));
  };
  const replaceFields = () => update((s) => ({ ...s, generation: s.generation + 1 }));

  useEffect(() => {
    window.__demoReplace = replaceFields;
    window.__demoNavigate = navigate;
    const onPop = () => update((s) => ({ ...s, route: routeFromUrl() }));
    addEventListener('popstate', onPop);
    const every = Number(new URLSearchParams(location.search).get('replaceEvery'));
    const timer = every > 0 ? setInterval(replaceFields, every) : undefined;
    return () => {
      removeEventListener('popstate', onPop);
      clearInterval(timer);
    };
  }, []);

  const route = ROUTES[state.route];
  return (
    <div class="layout">
      <nav class="sidenav" aria-label="Min Plan">
        {(Object.keys(ROUTES) as Route[]).map((r) => (
          <a
            href={`?side=${r}`}
            aria-current={r === state.route ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(r);
            }}
          >
            {ROUTES[r].title}
          </a>
        ))}
      </nav>
      <main>
        <p class="breadcrumb">Borger › Anna Jensen (fiktiv) › Min Plan</p>
        <h1>Min Plan</h1>
        <h2>{route.title}</h2>
        {/* The key replaces the whole form on a route change, and every field on a re-render. */}
        <form key={`${state.route}-${state.generation}`} data-generation={state.generation} onSubmit={(e) => e.preventDefault()}>
          {route.fields.map((f) => (
            <div class="card" key={`${f.name}-${state.generation}`}>
              <label for={`spa-${f.name}`}>
                {f.label} <span class="hint">{f.hint}</span>
              </label>
              <textarea
                id={`spa-${f.name}`}
                name={f.name}
                rows={f.name === 'aftaler' ? 5 : 3}
                value={state.values[f.name]}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  update((s) => ({ ...s, values: { ...s.values, [f.name]: value } }));
                }}
              />
            </div>
          ))}
          <div class="actions">
            <button type="submit">Gem</button>
            <button type="button" class="secondary" data-action="replace-fields" onClick={replaceFields}>
              Gengiv felterne
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
