/** Renders a screen under the app's router at a given URL, as the app would. */
import { type RenderResult, render } from '@testing-library/preact';
import type { AnyComponent } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';

export function renderRoute(url: string, path: string, component: AnyComponent): RenderResult {
  history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <Router>
        <Route path={path} component={component} />
        <Route default component={() => <p>not routed</p>} />
      </Router>
    </LocationProvider>,
  );
}

/** Renders a component as the router's page at the current URL: lazy pieces inside it load as in the app. */
export function renderAsPage(component: AnyComponent): RenderResult {
  return render(
    <LocationProvider>
      <Router>{[<Route key="page" default component={component} />]}</Router>
    </LocationProvider>,
  );
}
