import type { SamenModule } from './core/module';
import { accountsModule } from './modules/accounts';
import { devMailModule } from './modules/devmail';
import { innovationModule } from './modules/innovation';
import { marketplaceModule } from './modules/marketplace';
import { municipalitiesModule } from './modules/municipalities';
import { organisationsModule } from './modules/organisations';
import { scaleUpModule } from './modules/scale-up';
import { siteModule } from './modules/site';

/**
 * Every module of Samen, in the order their routes are registered. Adding a module is one folder
 * under src/modules/ and one line here (docs/architecture.md).
 */
export const MODULES: readonly SamenModule[] = [
  municipalitiesModule,
  accountsModule,
  organisationsModule,
  innovationModule,
  marketplaceModule,
  scaleUpModule,
  siteModule,
  devMailModule,
];
