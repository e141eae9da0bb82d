import { subscribe } from './core/events';
import { registerMessages } from './core/i18n';
import type { SamenModule } from './core/module';
import { registerNotificationKinds } from './core/notifications';
import { registerPersonalData } from './core/personal-data';
import { accountsModule } from './modules/accounts';
import { devMailModule } from './modules/devmail';
import { innovationModule } from './modules/innovation';
import { marketplaceModule } from './modules/marketplace';
import { notificationsModule } from './modules/notifications';
import { municipalitiesModule } from './modules/municipalities';
import { organisationsModule } from './modules/organisations';
import { reportsModule } from './modules/reports';
import { scaleUpModule } from './modules/scale-up';
import { screeningModule } from './modules/screening';
import { siteModule } from './modules/site';

/**
 * Every module of Samen, in the order their routes are registered. Adding a module is one folder
 * under src/modules/ and one line here (docs/architecture.md).
 */
export const MODULES: readonly SamenModule[] = [
  // first: its middleware puts the unread count in the header of every page after it
  notificationsModule,
  municipalitiesModule,
  screeningModule,
  accountsModule,
  organisationsModule,
  innovationModule,
  marketplaceModule,
  scaleUpModule,
  reportsModule,
  siteModule,
  devMailModule,
];

/**
 * What each module brings besides routes — its texts, policies, personal data and event handlers —
 * installed once before anything runs (the demo seed uses the commands too). Safe to call again.
 */
export function installModules(): void {
  for (const module of MODULES) {
    if (module.messages) registerMessages(module.messages);
    module.policies?.();
    if (module.personalData) registerPersonalData(module.name, module.personalData);
    if (module.subscribes) subscribe(module.subscribes);
    if (module.notifications) registerNotificationKinds(module.notifications);
  }
}
